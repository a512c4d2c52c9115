import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Delivery, DueJob, JobStore } from './job-store.ts';

// What an operator watches (Prometheus text at /metrics, prom-client): pushes by outcome, how late
// they went out, and what the relay holds. Labels are outcomes and reasons, never a device or host
// path.

export class RelayMetrics {
	readonly registry = new Registry();
	readonly #pushes = new Counter({
		name: 'relay_pushes_total',
		help: 'Push attempts by outcome: sent, retried, dropped, gone (the push service forgot the device).',
		labelNames: ['outcome'] as const,
		registers: [this.registry]
	});
	readonly #lateness = new Histogram({
		name: 'relay_push_lateness_seconds',
		help: 'How long after its send time a reminder reached the push service.',
		buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300],
		registers: [this.registry]
	});
	readonly #requests = new Counter({
		name: 'relay_http_requests_total',
		help: 'API requests by route and status.',
		labelNames: ['method', 'route', 'status'] as const,
		registers: [this.registry]
	});

	constructor(store: JobStore) {
		collectDefaultMetrics({ register: this.registry });
		new Gauge({
			name: 'relay_devices',
			help: 'Devices the relay holds.',
			registers: [this.registry],
			async collect() {
				this.set((await store.usage()).devices);
			}
		});
		new Gauge({
			name: 'relay_queued_reminders',
			help: 'Reminders waiting to be sent (the queue depth).',
			registers: [this.registry],
			async collect() {
				this.set((await store.usage()).jobs);
			}
		});
		new Gauge({
			name: 'relay_stored_bytes',
			help: 'Bytes of encrypted reminders stored.',
			registers: [this.registry],
			async collect() {
				this.set((await store.usage()).payloadBytes);
			}
		});
	}

	/** One push's outcome, and its lateness when it went out. */
	push(job: DueJob, outcome: Delivery, now: number): void {
		const label = { sent: 'sent', retry: 'retried', drop: 'dropped', gone: 'gone' }[outcome.kind];
		this.#pushes.inc({ outcome: label });
		if (outcome.kind === 'sent') this.#lateness.observe(Math.max(0, now - job.sendAt) / 1000);
	}

	request(method: string, route: string, status: number): void {
		this.#requests.inc({ method, route, status: String(status) });
	}

	async text(): Promise<{ body: string; contentType: string }> {
		return { body: await this.registry.metrics(), contentType: this.registry.contentType };
	}
}
