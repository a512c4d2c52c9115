export function serveBuild(port: number, dir?: string): Promise<{ url: string; stop: () => void }>;
