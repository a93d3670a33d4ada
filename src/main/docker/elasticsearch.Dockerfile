# Elasticsearch 8.19.21 with Svod's Russian analysis, as scripts/elasticsearch.sh provisions it without Docker:
# Debian's hunspell ru_RU dictionary in config/hunspell/ru_RU and the es-plugin/ analysis plugin (ru_yo, ru_stem,
# ru_family), so that index-mappings/analysis.json works on both. Build context: the repository root.

# the plugin zip, built by its own Maven project
FROM maven:3.9-eclipse-temurin-17 AS plugin
WORKDIR /build
COPY es-plugin/pom.xml es-plugin/pom.xml
COPY es-plugin/src es-plugin/src
RUN mvn -q -B -f es-plugin/pom.xml package \
 && mkdir /out && cp es-plugin/target/svod-analysis-ru-*.zip /out/

# the same dictionary as without Docker: Debian's hunspell-ru (UTF-8 .aff/.dic)
FROM debian:bookworm-slim AS dictionary
RUN apt-get update \
 && apt-get install -y --no-install-recommends hunspell-ru \
 && grep -q '^SET UTF-8' /usr/share/hunspell/ru_RU.aff \
 && rm -rf /var/lib/apt/lists/*

FROM docker.elastic.co/elasticsearch/elasticsearch:8.19.21
COPY --from=dictionary --chown=elasticsearch:root \
     /usr/share/hunspell/ru_RU.aff /usr/share/hunspell/ru_RU.dic /usr/share/elasticsearch/config/hunspell/ru_RU/
COPY --from=plugin --chown=elasticsearch:root /out/ /tmp/svod-plugin/
RUN /usr/share/elasticsearch/bin/elasticsearch-plugin install --batch "file://$(ls /tmp/svod-plugin/svod-analysis-ru-*.zip)" \
 && rm -rf /tmp/svod-plugin
