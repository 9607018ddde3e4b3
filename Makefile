# Two commands: `make run` (set up, load the demo, serve) and `make test` (set up, check, test).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run serve test check-deploy setup lint format messages clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Kinerja butuh Python 3.11 (PYTHON=$(PYTHON)).")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

setup: $(STAMP)

# The local demo mode (config/settings.py): the built-in key, localhost hosts, static files
# straight from the apps, and the demo accounts. Never set on a server (docs/deploy.md).
run test: export KINERJA_DEMO := 1

run: $(STAMP)
	$(BIN)/kinerja migrate --noinput
	$(BIN)/kinerja demo --jika-belum-ada
	@echo ""
	@echo "Kinerja berjalan di http://$(HOST):$(PORT)/  (hentikan dengan Ctrl+C)"
	@echo "Masuk dengan salah satu akun demo di atas (kata sandi 'kinerja-demo')."
	@echo ""
	$(BIN)/kinerja runserver $(HOST):$(PORT)

# Production serving as on a server (docs/deploy.md), with the production environment already
# set (KINERJA_SECRET_KEY, KINERJA_ALLOWED_HOSTS, DATABASE_URL, ...): it refuses to start without.
serve: $(STAMP)
	$(BIN)/kinerja collectstatic --noinput -v0
	$(BIN)/gunicorn config.wsgi --bind $(HOST):$(PORT) --workers 3 --access-logfile -

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The English catalogue: collect the marked strings into locale/en/LC_MESSAGES/django.po
# (translate the new entries there), then compile django.mo. Both files are committed, so a
# machine without GNU gettext still runs Kinerja; only this target needs it.
messages: $(STAMP)
	$(BIN)/kinerja makemessages -l en --no-obsolete --add-location file \
		--ignore='*/tests/*' --ignore='benchmarks/*' --ignore='artifacts/*' --ignore='var/*'
	$(BIN)/kinerja compilemessages -l en --ignore=.venv --ignore=var

test: lint check-deploy
	$(BIN)/kinerja check
	$(BIN)/kinerja makemigrations --check --dry-run
	$(BIN)/pytest

# Django's deployment checks on the production environment docs/deploy.md documents (a fresh
# random key each run): a warning fails the build.
check-deploy: $(STAMP)
	env -u KINERJA_DEMO -u KINERJA_DEBUG \
		KINERJA_SECRET_KEY="$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))')" \
		KINERJA_ALLOWED_HOSTS=kinerja.example.go.id KINERJA_BEHIND_PROXY=1 \
		DATABASE_URL=postgres://kinerja@127.0.0.1:5432/kinerja \
		$(BIN)/kinerja check --deploy --fail-level WARNING

clean:
	rm -rf $(VENV) db.sqlite3 .pytest_cache .ruff_cache
