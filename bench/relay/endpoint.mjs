// The bench's push endpoint, in its own process: it checks each request carries a VAPID header and
// an aes128gcm body, answers 201 and notes the arrival time. It does nothing else, so the figures
// measure the relay, not a mock (the correctness tests use web-push-testing, which decrypts).
import { createServer } from 'node:http';

const arrivals = [];
let refused = 0;
const server = createServer((request, response) => {
	const vapid = /^vapid t=[\w-]+\.[\w-]+\.[\w-]+, k=[\w-]+$/.test(
		request.headers.authorization ?? ''
	);
	const encoded = request.headers['content-encoding'] === 'aes128gcm';
	request.resume();
	request.on('end', () => {
		if (vapid && encoded) arrivals.push(Date.now());
		else refused++;
		response.writeHead(vapid && encoded ? 201 : 400);
		response.end();
	});
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
process.on('message', (message) => {
	if (message === 'report') process.send({ arrivals, refused, cpu: process.cpuUsage() });
	if (message === 'reset') arrivals.length = refused = 0;
	if (message === 'stop') server.close(() => process.exit(0));
});
