"""The OpenAPI document and a documentation page generated from it (no scripts: the site's CSP
forbids inline and third-party scripts, so the page is plain server-rendered HTML)."""

from __future__ import annotations

import re

from flask import jsonify, render_template

from app.api import api, bp

METHODS = ("get", "post", "put", "patch", "delete")


@bp.route("/openapi.json")
def openapi_json():
    return jsonify(api.spec.to_dict())


def _resolve(spec: dict, schema: dict | None) -> dict:
    """A schema with its `$ref` followed (one level is enough for the page)."""
    schema = schema or {}
    ref = schema.get("$ref")
    if ref:
        name = ref.rsplit("/", 1)[-1]
        return spec.get("components", {}).get("schemas", {}).get(name, {})
    return schema


def _fields(spec: dict, schema: dict | None) -> list[dict]:
    schema = _resolve(spec, schema)
    required = set(schema.get("required", ()))
    rows = []
    for name, prop in (schema.get("properties") or {}).items():
        prop = _resolve(spec, prop) if "$ref" in prop else prop
        kind = prop.get("type", "object")
        if prop.get("format"):
            kind = f"{kind} ({prop['format']})"
        if kind == "array" and isinstance(prop.get("items"), dict):
            item = prop["items"]
            kind = f"lijst van {item.get('type', 'object')}"
        rows.append(
            {
                "name": name,
                "type": kind,
                "required": name in required,
                "description": prop.get("description", ""),
                "choices": prop.get("enum", []),
            }
        )
    return rows


def operations(spec: dict) -> list[dict]:
    """The operations grouped by tag, in the document's order, ready for the template."""
    groups: dict[str, list[dict]] = {}
    for path, item in spec.get("paths", {}).items():
        common = item.get("parameters", [])
        for method in METHODS:
            operation = item.get(method)
            if not operation:
                continue
            body = []
            content = (operation.get("requestBody") or {}).get("content", {})
            body_type = next(iter(content), "")
            if body_type:
                body = _fields(spec, content[body_type].get("schema"))
            groups.setdefault((operation.get("tags") or ["API"])[0], []).append(
                {
                    "id": "op-" + re.sub(r"[^a-z0-9]+", "-", f"{method} {path}".lower()).strip("-"),
                    "method": method.upper(),
                    "path": path,
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": [
                        {
                            "name": p["name"],
                            "in": p["in"],
                            "required": p.get("required", False),
                            "description": p.get("description", ""),
                            "type": (p.get("schema") or {}).get("type", ""),
                        }
                        for p in [*common, *operation.get("parameters", [])]
                    ],
                    "body_type": body_type,
                    "body": body,
                    "responses": [
                        {"status": status, "description": response.get("description", "")}
                        for status, response in operation.get("responses", {}).items()
                    ],
                }
            )
    descriptions = {tag["name"]: tag.get("description", "") for tag in spec.get("tags", [])}
    return [
        {"name": name, "description": descriptions.get(name, ""), "operations": ops}
        for name, ops in groups.items()
    ]


@bp.route("/docs")
def docs():
    spec = api.spec.to_dict()
    return render_template(
        "api/docs.html",
        spec=spec,
        groups=operations(spec),
        title="Werkbrug API",
    )
