// The container, compose and service files an operator runs (issue 26 point 7). Docker cannot run
// on the machines the suite runs on, so these check what can be checked without it: the compose
// file parses and wires the app to a healthy PostgreSQL, the image is multi-stage and unprivileged,
// and its start command is the one the server fuzz test starts (tests/e2e/server-fuzz.spec.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { imageStartCommand } from '../../e2e/image-command';

const read = (path: string) => readFileSync(path, 'utf8');

describe('the deploy files', () => {
	it('compose.yaml: the app on PostgreSQL, started once the database is healthy, with a health check', () => {
		const compose = parse(read('compose.yaml'));
		expect(Object.keys(compose.services).sort()).toEqual(['app', 'postgres']);
		const { app, postgres } = compose.services;
		expect(postgres.healthcheck.test).toContain('pg_isready');
		expect(app.depends_on.postgres.condition).toBe('service_healthy');
		expect(app.environment.DATABASE_URL).toMatch(/^postgres:\/\/relay:.*@postgres:5432\/relay$/);
		expect(app.environment.VAPID_SUBJECT).toMatch(/VAPID_SUBJECT:\?/); // refuses to start without one
		expect(app.healthcheck.test.join(' ')).toContain('/relay/v1/health');
		expect(app.ports).toEqual(['127.0.0.1:4173:4173']); // only the reverse proxy reaches it
		expect(compose.volumes).toHaveProperty('postgres-data');
	});

	it('Dockerfile: two Node 22 stages, an unprivileged user, a health check, the server as its command', () => {
		const dockerfile = read('Dockerfile');
		expect(dockerfile.match(/^FROM node:22\S* ?/gm)).toHaveLength(2);
		expect(dockerfile).toMatch(/^USER node$/m);
		expect(dockerfile).toMatch(/^HEALTHCHECK .*\n?.*\/relay\/v1\/health/m);
		expect(imageStartCommand()).toEqual(['node', 'scripts/serve.mjs', '--relay', '--host']);
	});

	it('nginx keeps the Host header the relay compares Origin with, and keeps /metrics private', () => {
		const nginx = read('deploy/nginx.conf');
		expect(nginx).toMatch(/proxy_set_header Host \$host;/);
		expect(nginx).toMatch(/location = \/metrics \{\s*return 404;/);
	});

	it('the systemd unit runs the server unprivileged, with a private 0700 data folder', () => {
		const unit = read('deploy/deep-gluteal-care.service');
		expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node scripts\/serve\.mjs --relay$/m);
		expect(unit).toMatch(/^DynamicUser=yes$/m);
		expect(unit).toMatch(/^StateDirectoryMode=0700$/m);
		expect(unit).toMatch(/^TimeoutStopSec=15$/m);
	});
});
