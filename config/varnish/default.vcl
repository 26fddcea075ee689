vcl 4.1;
# The front cache (Varnish) in front of the app servers: it keeps what the app marks as shared
# (`Cache-Control: public, s-maxage=…`, only anonymous views of public pages, see
# home/front_cache.py) and passes everything else through untouched. The app bans every stored
# page whenever published content changes, through Wagtail's frontend cache invalidation.
#
# Two listeners: "public" (the TLS proxy forwards visitors here) and "purge" (only the app servers
# may reach it), so that no visitor can empty the cache. Start it e.g. with
#   varnishd -a public=:6081 -a purge=:6082 -f /etc/varnish/default.vcl -s malloc,256m

backend default {
    .host = "web";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
}

sub vcl_recv {
    if (req.method == "PURGE" || req.method == "BAN") {
        if (local.socket != "purge") {
            return (synth(405, "Not allowed"));
        }
        # One change reaches many pages (menus, lists, language links): drop them all.
        ban("obj.status != 0");
        return (synth(200, "Banned"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }
    # The CSRF cookie alone does not make a visitor someone: drop it. Any other cookie (a session
    # of a member or of a participant in the middle of a questionnaire, a flash message) sends
    # the request to the app, which never marks such a response as shared.
    if (req.http.Cookie) {
        set req.http.Cookie = regsuball(req.http.Cookie, "(^|;\s*)csrftoken=[^;]*", "");
        set req.http.Cookie = regsub(req.http.Cookie, "^[;\s]+", "");
        if (req.http.Cookie == "") {
            unset req.http.Cookie;
        } else {
            return (pass);
        }
    }
    return (hash);
}

sub vcl_backend_response {
    # Only responses the app marks as shared are kept; the rest go to the visitor as they are.
    if (beresp.http.Cache-Control !~ "s-maxage" || beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Front-Cache = "hit";
    } else {
        set resp.http.X-Front-Cache = "miss";
    }
}
