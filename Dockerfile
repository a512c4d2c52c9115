# The app and its relay in one image (what `npm start` runs), for compose.yaml or any container host.
# Build: docker build -t deep-gluteal-care .   Run: see compose.yaml and README ("Run it in a container").

FROM node:22-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 builds from source where no prebuilt binary is reachable.
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends python3 make g++ > /dev/null \
	&& rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=4173 DATA_DIR=/data
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/build ./build
COPY --from=build /app/relay/dist ./relay/dist
COPY --from=build /app/scripts/serve.mjs /app/scripts/base-path.js ./scripts/
# The data folder (SQLite, and the VAPID key file to back up) belongs to the unprivileged user.
RUN mkdir -p /data && chown node:node /data && chmod 700 /data
USER node
VOLUME /data
EXPOSE 4173
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
	CMD ["node", "-e", "fetch('http://127.0.0.1:4173/relay/v1/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "scripts/serve.mjs", "--relay", "--host"]
