# Read by the `flask` command (python-dotenv). Real settings belong in .env (see .env.example),
# which wins over this file; so does a variable set in the environment.
FLASK_APP=wsgi:app
# The flask command (make run, flask seed-demo, …) is a developer's tool and runs as development
# unless told otherwise. gunicorn (wsgi.py) has no such default: it refuses to start without an
# explicit WERKBRUG_ENV.
WERKBRUG_ENV=development
