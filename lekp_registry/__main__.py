"""Command line: ``python -m lekp_registry serve | load-gemeenten | create-key | rebuild``."""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lekp_registry", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the registry (uvicorn)")
    serve.add_argument("--db", required=True, help="SQLite file or postgresql:// DSN")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--auth", help="API keys / OIDC config (TOML or JSON)")
    serve.add_argument("--max-body-mb", type=float, default=10.0)
    serve.add_argument("--no-validate", action="store_true", help="skip server-side validation")
    serve.add_argument("--base-url", help="public base URL used in links")
    serve.add_argument("--log-level", default="info")
    serve.add_argument("--read-timeout", type=float, default=15.0,
                       help="seconds to receive a request's headers (and the base of the body deadline)")
    serve.add_argument("--min-body-rate", type=float, default=50_000.0,
                       help="slowest accepted upload in bytes/s (body deadline = read timeout + size / rate)")
    serve.add_argument("--max-connections", type=int, default=1000,
                       help="open connections beyond this get 503 and are closed")
    serve.add_argument("--keep-alive", type=int, default=5, help="seconds an idle connection stays open")
    serve.add_argument("--forwarded-allow-ips", default="127.0.0.1",
                       help="reverse proxies whose X-Forwarded-* headers are trusted")
    serve.add_argument("--workers", type=int, default=1,
                       help="server processes on one port (PostGIS only); each has the limits above")

    rebuild = sub.add_parser("rebuild", help="recompute the progress aggregates from the features")
    rebuild.add_argument("--db", required=True)

    load = sub.add_parser("load-gemeenten", help="load boundaries and population")
    load.add_argument("--db", required=True)
    load.add_argument("--boundaries", default=str(SHARED / "municipalities" / "vl_bru_gemeente.shp"))
    load.add_argument("--population",
                      default=str(SHARED / "population" / "statbel_bevolking_per_gemeente_2020_bmesuere.csv"))
    load.add_argument("--referentiejaar", type=int, default=2020)
    load.add_argument("--bron", default="Statbel, bevolking op 1 januari")

    key = sub.add_parser("create-key", help="create an API key; only its hash is stored")
    key.add_argument("--config", required=True, help="auth config file to append to (TOML or JSON)")
    key.add_argument("--name", required=True)
    key.add_argument("--gemeente", required=True, help="NIS code, or * for a beheerder of all")
    key.add_argument("--rol", required=True, choices=("lezer", "invoerder", "beheerder"))

    args = parser.parse_args(argv)
    if args.command == "serve":
        return _serve(args)
    if args.command == "load-gemeenten":
        return _load(args)
    if args.command == "rebuild":
        return _rebuild(args)
    return _create_key(args)


def _serve(args) -> int:
    from .app import create_app
    from .auth import AuthConfig
    from .config import RegistryConfig
    from .server import ServerLimits, run, run_workers

    if args.workers < 1:
        print("--workers must be at least 1", file=sys.stderr)
        return 2
    if args.workers > 1 and not args.db.startswith(("postgresql://", "postgres://")):
        print("--workers above 1 needs a PostGIS database (--db postgresql://…): an SQLite file"
              " takes one writer at a time", file=sys.stderr)
        return 2
    auth = AuthConfig.from_file(args.auth) if args.auth else AuthConfig()
    if not args.auth:
        logging.getLogger(__name__).warning("no --auth file: the registry is read-only")
    config = RegistryConfig(db=args.db, auth=auth, max_body_bytes=int(args.max_body_mb * 1024 * 1024),
                            validate=not args.no_validate, base_url=args.base_url)
    limits = ServerLimits(read_timeout=args.read_timeout, min_body_rate=args.min_body_rate,
                          max_body_bytes=config.max_body_bytes, max_connections=args.max_connections,
                          keep_alive=args.keep_alive)
    kwargs = {"log_level": args.log_level, "proxy_headers": True,
              "forwarded_allow_ips": args.forwarded_allow_ips}
    if args.workers > 1:
        return run_workers(lambda: create_app(config), limits, args.workers, args.host, args.port, **kwargs)
    run(create_app(config), limits, host=args.host, port=args.port, **kwargs)
    return 0


def _rebuild(args) -> int:
    import time

    from .storage import StoreError, open_store

    try:
        store = open_store(args.db)
    except StoreError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    try:
        start = time.monotonic()
        features, rows = store.rebuild_voortgang()
    finally:
        store.close()
    print(f"voortgang herberekend: {features} verbeteringen, {rows} totalen, {time.monotonic() - start:.1f} s")
    return 0


def _load(args) -> int:
    from .gemeenten import load_gemeenten
    from .storage import open_store

    store = open_store(args.db)
    try:
        report = load_gemeenten(store, args.boundaries, args.population, args.referentiejaar, args.bron)
    finally:
        store.close()
    print(f"{report.loaded} gemeenten geladen; zonder inwoners: {len(report.without_population)}"
          + (f" ({', '.join(report.without_population[:20])})" if report.without_population else ""))
    return 0


def _create_key(args) -> int:
    from .auth import ALL_GEMEENTEN, AuthConfig, hash_key, key_entry_toml, new_key

    if args.gemeente == ALL_GEMEENTEN and args.rol != "beheerder":
        print("only a beheerder may have gemeente '*'", file=sys.stderr)
        return 2
    if args.gemeente != ALL_GEMEENTEN and not (len(args.gemeente) == 5 and args.gemeente.isdigit()):
        print("gemeente must be a 5-digit NIS code", file=sys.stderr)
        return 2
    if not re.fullmatch(r"[A-Za-z0-9_.@-]{1,100}", args.name):
        print("name: 1 to 100 letters, digits or _ . @ -", file=sys.stderr)
        return 2
    token = new_key()
    path = Path(args.config)
    if path.suffix.lower() == ".json":
        data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        data.setdefault("keys", []).append({"name": args.name, "sha256": hash_key(token),
                                            "gemeente": args.gemeente, "rol": args.rol})
        path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    else:
        with path.open("a", encoding="utf-8") as fh:
            fh.write(key_entry_toml(args.name, token, args.gemeente, args.rol))
    AuthConfig.from_file(path)  # the file must still parse
    print(token)
    print(f"key '{args.name}' ({args.rol}, {args.gemeente}) added to {path}; the token is shown only once",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
