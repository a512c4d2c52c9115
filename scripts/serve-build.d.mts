export function serveBuild(
	port: number,
	dir?: string,
	options?: { https?: boolean; base?: string }
): Promise<{ url: string; stop: () => void }>;
