# syntax=docker/dockerfile:1
#
# Guichet : une image par rôle, toutes construites depuis ce Dockerfile.
#
#   docker build --target cms    -t guichet/cms .      # Strapi (API + administration), port 1337
#   docker build --target worker -t guichet/worker .   # le même Strapi sans serveur HTTP + LibreOffice (jobs BullMQ)
#   docker build --target portal -t guichet/portal .   # le portail usagers Astro (SSR), port 4321
#
# docker compose les construit toutes (voir docker-compose.yml). La construction de l'administration Strapi demande
# environ 2 Go de mémoire : donner au moins 4 Go au moteur Docker (Docker Desktop : Settings > Resources).
#
# Les images exécutent exactement l'arborescence que les tests de bout en bout exécutent (e2e/support/pile.ts) :
# le dépôt entier sous /app, les node_modules de `npm ci` et les deux constructions de production.

ARG NODE_BUILD_IMAGE=node:24-bookworm
ARG NODE_RUNTIME_IMAGE=node:24-bookworm-slim

# --------------------------------------------------------------------------------------------------------------------
# build : image complète (compilateurs, python3) pour les modules natifs (better-sqlite3, sharp…) si aucun binaire
# précompilé ne convient.
FROM ${NODE_BUILD_IMAGE} AS build
WORKDIR /app
ENV STRAPI_TELEMETRY_DISABLED=true \
    ASTRO_TELEMETRY_DISABLED=1 \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false

# Les manifestes d'abord : la couche `npm ci` reste en cache tant qu'aucun package.json ni le verrou ne change.
# Chaque espace de travail déclaré dans package.json doit figurer ici, sinon `npm ci` échoue.
COPY package.json package-lock.json ./
COPY extensions/formulaires/package.json extensions/formulaires/
COPY extensions/instruction/package.json extensions/instruction/
COPY extensions/editique/package.json extensions/editique/
COPY extensions/usagers/package.json extensions/usagers/
COPY tools/oidc-dev/package.json tools/oidc-dev/
COPY tools/smtp-catcher/package.json tools/smtp-catcher/
COPY cms/package.json cms/
COPY portal/package.json portal/
COPY e2e/package.json e2e/
# NODE_ENV n'est PAS production ici : npm ci doit installer les dépendances de développement (typescript, vite…).
RUN --mount=type=cache,target=/root/.npm npm ci

COPY . .
# Strapi : compilation TypeScript (cms/dist) puis administration (cms/dist/build), comme e2e/support/construire.ts.
# Aucun secret n'est nécessaire à la construction ; l'URL de l'API est relative dans l'administration construite.
RUN NODE_ENV=production NODE_OPTIONS=--max-old-space-size=4096 npm run build -w cms
# Portail : la configuration est lue au premier appel (portal/src/lib/config.ts), pas à la construction.
RUN npm run build -w portal

# --------------------------------------------------------------------------------------------------------------------
# base : l'image d'exécution, sans compilateurs. Même Debian (bookworm, même glibc) et même Node majeur que l'étape
# build, donc les modules natifs compilés plus haut s'y chargent tels quels.
FROM ${NODE_RUNTIME_IMAGE} AS base
ENV NODE_ENV=production \
    STRAPI_TELEMETRY_DISABLED=true \
    ASTRO_TELEMETRY_DISABLED=1 \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    FICHIERS_DIR=/var/lib/guichet/fichiers
WORKDIR /app
# Les seuls dossiers où l'application écrit appartiennent à l'utilisateur non privilégié `node` (uid 1000) ; le code
# reste à root, en lecture seule pour l'application. Un volume nommé monté sur ces chemins hérite de ce propriétaire.
#   /var/lib/guichet/fichiers : pièces justificatives et documents générés (stockage privé, DESIGN règle 3) ;
#   /app/cms/public/uploads   : médiathèque Strapi (images publiques du catalogue).
RUN mkdir -p /var/lib/guichet/fichiers /app/cms/public/uploads \
 && chown -R node:node /var/lib/guichet /app/cms/public/uploads

# --------------------------------------------------------------------------------------------------------------------
# worker : LibreOffice sans interface (DOCX → PDF, PDF/A), ses polices et Ghostscript (PDF → PDF/A).
# Le paquet apt passe AVANT la copie de l'application pour rester en cache d'une version à l'autre.
FROM base AS worker
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      libreoffice-writer-nogui \
      fonts-liberation2 \
      fonts-dejavu-core \
      ghostscript \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /app /app
USER node
# LibreOffice écrit son profil sous EDITIQUE_DOSSIER_TRAVAIL (par défaut /tmp/guichet-editique) : inscriptible.
ENV SOFFICE_PATH=soffice
WORKDIR /app
CMD ["node", "cms/scripts/worker.js"]

# --------------------------------------------------------------------------------------------------------------------
# app : le dépôt construit, commun au portail et au cms.
FROM base AS app
COPY --from=build /app /app
USER node

# --------------------------------------------------------------------------------------------------------------------
# portal : le serveur autonome Astro (@astrojs/node lit HOST et PORT à l'exécution).
FROM app AS portal
WORKDIR /app/portal
ENV HOST=0.0.0.0 \
    PORT=4321
EXPOSE 4321
CMD ["node", "dist/server/entry.mjs"]

# --------------------------------------------------------------------------------------------------------------------
# cms : `strapi start` sur la construction de production (cms/dist). Cible par défaut (dernière étape).
FROM app AS cms
WORKDIR /app/cms
ENV HOST=0.0.0.0 \
    PORT=1337
EXPOSE 1337
CMD ["node", "/app/node_modules/@strapi/strapi/bin/strapi.js", "start"]
