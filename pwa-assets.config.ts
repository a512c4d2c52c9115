import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

// `npm run icons` writes the PNG icons and favicon from static/icon.svg; the outputs are committed.
export default defineConfig({
	preset: {
		...minimal2023Preset,
		maskable: { ...minimal2023Preset.maskable, resizeOptions: { background: '#0f5f59' } },
		apple: { ...minimal2023Preset.apple, resizeOptions: { background: '#0f5f59' } }
	},
	images: ['static/icon.svg']
});
