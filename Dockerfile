# syntax=docker/dockerfile:1
# Production image: dependencies and collected static files are built in the first stage; the
# second stage runs gunicorn as an unprivileged user. Configuration comes from the environment.

FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
RUN python -m venv /venv
WORKDIR /app
COPY pyproject.toml requirements.lock README.md ./
RUN /venv/bin/pip install -c requirements.lock .
COPY . .
RUN DJANGO_SETTINGS_MODULE=config.settings.production \
    SECRET_KEY=only-used-to-collect-static-files-during-the-build \
    /venv/bin/python manage.py collectstatic --noinput

FROM python:3.11-slim-bookworm AS runtime
ENV PATH=/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    STATIC_ROOT=/app/staticfiles \
    MEDIA_ROOT=/app/media \
    PREPARED_DOWNLOADS_ROOT=/app/prepared \
    WEB_CONCURRENCY=2
# Pango and fonts for WeasyPrint (certificates, report PDFs), incl. Arabic and Cyrillic glyphs.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --home-dir /app app
COPY --from=build /venv /venv
COPY --from=build --chown=app:app /app /app
RUN mkdir -p /app/media /app/prepared && chown app:app /app/media /app/prepared
WORKDIR /app
USER app
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status != 200)"]
# Threads (gunicorn's gthread worker): a long download, such as a report export of 100,000
# responses, keeps streaming instead of being killed as a silent worker after 30 s.
# The access log without query strings or Referer: config/gunicorn.py.
CMD ["gunicorn", "config.wsgi:application", "--config", "python:config.gunicorn", "--bind", "0.0.0.0:8000", "--threads", "4", "--forwarded-allow-ips", "*"]
