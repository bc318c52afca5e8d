# Read by the `flask` command (python-dotenv). Real settings belong in .env (see .env.example).
FLASK_APP=wsgi:app
