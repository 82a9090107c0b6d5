# One image for every role (web, worker, migrate); compose chooses the command.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
RUN useradd --system --create-home --uid 10001 moderation

# Dependencies first, so a code change does not reinstall them.
COPY pyproject.toml README.md ./
COPY moderation/__init__.py moderation/__init__.py
COPY workers/__init__.py workers/__init__.py
ARG EXTRAS=""
RUN pip install ".${EXTRAS:+[$EXTRAS]}" && pip uninstall -y comment-moderation

COPY moderation moderation
COPY workers workers
COPY templates templates
COPY static static
COPY migrations migrations
COPY gunicorn.conf.py ./
# /models exists in the image owned by the runtime user, so a new named volume mounted
# there (compose's `models`) starts out writable by it rather than by root.
RUN pip install --no-deps . && mkdir -p /app/instance /models \
    && chown moderation /app/instance /models

USER moderation
ENV FLASK_APP=moderation MODERATION_ENV=production
EXPOSE 8000
CMD ["gunicorn", "moderation:create_app()", "--bind", "0.0.0.0:8000", "--workers", "2", "--access-logfile", "-"]
