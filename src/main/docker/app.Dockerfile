# Svod's application image: compiled classes and runtime dependencies on a JRE 17.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY index-mappings index-mappings
RUN mvn -B -q -DskipTests compile dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/lib

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/classes classes
COPY --from=build /src/target/lib lib
COPY src/test/resources/protocols seeds
ENV SVOD_HOST=0.0.0.0
EXPOSE 8080
CMD ["java", "-Xmx512m", "-cp", "/app/classes:/app/lib/*", "dev.svod.Application"]
