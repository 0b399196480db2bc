"""The official JavaScript client's RealtimeManager (socket.io-client v4) against the local
backend: join, send, broadcast, presence, echo, getMembers and user events.

The JS client derives its realtime URL from the env URL (`realtime.<rest of the host>`), which
fails for `http://127.0.0.1:PORT`; an env URL on a `*.localhost` host name of three labels
(`http://api.app.localhost:PORT`) gives `http://realtime.api.app.localhost:PORT`, which browsers
resolve to the loopback address (RFC 6761). Node.js does not, so the scripts resolve `*.localhost`
as browsers do (`LOCALHOST_DNS`); a Node.js app does the same, or lists the name in /etc/hosts.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from altogic_local.app import create_app
from altogic_local.config import AppConfig, AuthSettings
from altogic_local.runner import LocalServer

from .auth_helpers import FAST_HASHING
from .js_client import run_js

LOCALHOST_DNS = """
// Resolve *.localhost to the loopback address, as browsers do (RFC 6761).
const dns = require('dns');
const systemLookup = dns.lookup;
dns.lookup = (host, options, callback) => {
  if (typeof options === 'function') { callback = options; options = {}; }
  if (typeof options === 'number') options = {family: options};
  if (/(^|\\.)localhost\\.?$/i.test(host)) {
    const loopback = {address: '127.0.0.1', family: 4};
    if (options && options.all) return process.nextTick(callback, null, [loopback]);
    return process.nextTick(callback, null, '127.0.0.1', 4);
  }
  return systemLookup(host, options, callback);
};
const until = async (check, what, ms = 5000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out waiting for ' + what);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
"""


@pytest.fixture(scope="module")
def env_url() -> Iterator[str]:
    config = AppConfig(auth=AuthSettings(password_hashing=FAST_HASHING, email_confirmation=False))
    with LocalServer(create_app(config)) as server:
        yield server.url.replace("127.0.0.1", "api.app.localhost")


def test_the_env_url_gives_a_realtime_url_on_the_backend(env_url: str) -> None:
    out = run_js(
        """
        const { parseRealtimeEnvUrl } = require('altogic/dist/utils/helpers');
        out.info = parseRealtimeEnvUrl(process.env.ENV_URL);
        out.loopback = parseRealtimeEnvUrl('http://127.0.0.1:8080');
        """,
        env_url,
    )
    port = env_url.rsplit(":", 1)[1]
    assert out["info"] == {
        "subdomain": "",
        "realtimeUrl": f"http://realtime.api.app.localhost:{port}",
        "envId": "",
    }
    assert out["loopback"]["realtimeUrl"] == "http://realtime.0.0.1:8080"  # a name nobody has


def test_channels_presence_echo_and_members(env_url: str) -> None:
    out = run_js(
        LOCALHOST_DNS
        + """
        const quiet = createClient(process.env.ENV_URL, process.env.CLIENT_KEY,
                                   {realtime: {echoMessages: false}});
        const loud = client;
        const seen = {quiet: [], loud: []};
        for (const [name, c] of [['quiet', quiet], ['loud', loud]]) {
          c.realtime.onJoin((e) => seen[name].push(['join', e]));
          c.realtime.onLeave((e) => seen[name].push(['leave', e]));
          c.realtime.onUpdate((e) => seen[name].push(['update', e]));
          c.realtime.on('chat', (e) => seen[name].push(['chat', e]));
          c.realtime.on('news', (e) => seen[name].push(['news', e]));
        }
        const errors = [];
        loud.realtime.onError((e) => errors.push(String(e)));
        await until(() => quiet.realtime.isConnected() && loud.realtime.isConnected(), 'connect');
        const quietId = quiet.realtime.getSocketId(), loudId = loud.realtime.getSocketId();

        quiet.realtime.join('room');
        quiet.realtime.updateProfile({name: 'Quiet'});
        let profiled = false;
        while (!profiled) {
          const found = await loud.realtime.getMembers('room');
          profiled = found.data.some((m) => m.data && m.data.name === 'Quiet');
        }
        loud.realtime.join('room');
        await until(() => seen.quiet.some(([k]) => k === 'join'), 'join');
        const members = await loud.realtime.getMembers('room');
        out.members = members.data.map((m) => [m.id === quietId ? 'quiet' : 'loud', m.data]);
        out.membersErrors = members.errors;

        loud.realtime.send('room', 'chat', {text: 'hi'});
        quiet.realtime.send('room', 'chat', {text: 'hello'});
        loud.realtime.broadcast('news', 1);
        await until(() => seen.loud.filter(([k]) => k === 'chat').length === 2, 'chat');
        await until(() => seen.quiet.filter(([k]) => k === 'news').length === 1, 'news');
        loud.realtime.updateProfile({name: 'Loud'});
        await until(() => seen.quiet.some(([k]) => k === 'update'), 'update');
        loud.realtime.leave('room');
        await until(() => seen.quiet.some(([k]) => k === 'leave'), 'leave');
        loud.realtime.join('room');
        await until(() => seen.quiet.filter(([k]) => k === 'join').length === 2, 'join again');
        quiet.realtime.close();
        await until(() => seen.loud.filter(([k]) => k === 'leave').length === 2, 'leave on close');
        await sleep(200);
        const name = (id) => (id === quietId ? 'quiet' : id === loudId ? 'loud' : id);
        for (const key of ['quiet', 'loud']) {
          out[key] = seen[key].map(([kind, e]) => [kind, e.channel,
            kind === 'chat' || kind === 'news' ? e.message : [name(e.message.id), e.message.data]]);
        }
        out.errors = errors;
        loud.realtime.close();
        """,
        env_url,
    )
    assert out["membersErrors"] is None
    assert out["members"] == [["quiet", {"name": "Quiet"}], ["loud", None]]
    # echo off: quiet hears the others only
    assert out["quiet"] == [
        ["join", "room", ["loud", None]],
        ["chat", "room", {"text": "hi"}],
        ["news", None, 1],
        ["update", "room", ["loud", {"name": "Loud"}]],
        ["leave", "room", ["loud", {"name": "Loud"}]],
        ["join", "room", ["loud", {"name": "Loud"}]],
    ]
    # echo on (the default): loud hears itself too
    assert out["loud"] == [
        ["join", "room", ["loud", None]],
        ["chat", "room", {"text": "hi"}],
        ["chat", "room", {"text": "hello"}],
        ["news", None, 1],
        ["update", "room", ["loud", {"name": "Loud"}]],
        ["leave", "room", ["loud", {"name": "Loud"}]],
        ["join", "room", ["loud", {"name": "Loud"}]],
        ["leave", "room", ["quiet", {"name": "Quiet"}]],  # quiet disconnected
    ]
    assert out["errors"] == []


def test_user_events(env_url: str) -> None:
    out = run_js(
        LOCALHOST_DNS
        + """
        const signedUp = await client.auth.signUpWithEmail('ada@example.com', 'correct horse');
        out.signUpErrors = signedUp.errors;
        const events = [];
        client.realtime.onUserEvent(
          (name, session) => events.push([name, session && session.token]));
        await until(() => client.realtime.isConnected(), 'connect');
        const other = createClient(process.env.ENV_URL, process.env.CLIENT_KEY);
        const signedIn = await other.auth.signInWithEmail('ada@example.com', 'correct horse');
        await until(() => events.length === 1, 'user:signin');
        await other.auth.signOut();
        await until(() => events.length === 2, 'user:signout');
        await client.auth.changePassword('another horse', 'correct horse');
        await until(() => events.length === 3, 'user:pwdchange');
        const who = (token) => (token === signedIn.session.token ? 'other'
          : token === signedUp.session.token ? 'own' : token);
        out.events = events.map(([name, token]) => [name, who(token)]);
        client.realtime.close();
        """,
        env_url,
    )
    assert out["signUpErrors"] is None
    assert out["events"] == [
        ["user:signin", "other"],
        ["user:signout", "other"],
        ["user:pwdchange", "own"],
    ]
