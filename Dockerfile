# The built site behind nginx, with the headers of public/_headers (deploy/nginx.conf is generated from it).
# Build first, on the host: SITE_ORIGIN=https://your.domain npm run build. This image only copies the result.
#
# nginx:stable-alpine-slim is the one slim variant of the official image on the stable branch: nginx and
# nothing else, which is all deploy/nginx.conf needs (gzip, charset and headers are built into nginx).
FROM nginx:stable-alpine-slim

# The image's welcome page and 50x.html go; only the build is served.
RUN rm -rf /usr/share/nginx/html/*
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY dist/ /usr/share/nginx/html/

EXPOSE 8080
