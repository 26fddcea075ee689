"""The README's run command (`scripts/run.sh`): the development settings with debug off, so that
a newcomer sees the site as its visitors do, with its own error pages (a 404 in the visitor's
language) instead of Django's debug pages. WhiteNoise serves the static files straight from the
app folders, as in development. `DEBUG=true ./scripts/run.sh` brings the debug pages back."""

from .dev import *  # noqa: F403
from .env import env_bool

DEBUG = env_bool("DEBUG", False)
