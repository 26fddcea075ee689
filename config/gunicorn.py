"""Gunicorn's settings for the image (`gunicorn -c python:config.gunicorn`).

The access log names the path without the query string (`%(U)s`, not the request line
`%(r)s`) and leaves out the Referer (`%(f)s`, another site's address with its query string):
a questionnaire code, a search or a filter never reaches the log. A code link is exchanged
for the session and redirected to the address without it anyway (`surveys.views`); this is the
second lock.
"""

accesslog = "-"
access_log_format = '%(h)s %(l)s %(u)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(L)s "%(a)s"'
