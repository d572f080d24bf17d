#!/usr/bin/env python3
"""A local stand-in for a learning record store, for e2e academy_push.sh.

    fake_lrs.py FOLDER BUSY_COUNT AUTHORIZATION

Listens on 127.0.0.1 (a free port, written to FOLDER/port once it listens). POST .../statements: the first
BUSY_COUNT requests get 503; after that a request without the X-Experience-API-Version 1.0.3 header gets 400,
one whose Authorization is not AUTHORIZATION gets 401, and the rest get 200 with their body appended as one
line to FOLDER/bodies.jsonl. Every request is logged to FOLDER/requests.txt as "STATUS LENGTH".
"""
import http.server
import json
import os
import sys

folder, busy, authorization = sys.argv[1], int(sys.argv[2]), sys.argv[3]
seen = 0


class Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802 (http.server's name)
        global seen
        seen += 1
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if not self.path.endswith("/statements"):
            status = 404
        elif seen <= busy:
            status = 503
        elif self.headers.get("X-Experience-API-Version") != "1.0.3":
            status = 400
        elif self.headers.get("Authorization", "") != authorization:
            status = 401
        else:
            status = 200
            json.loads(body)
            with open(os.path.join(folder, "bodies.jsonl"), "ab") as f:
                f.write(body + b"\n")
        with open(os.path.join(folder, "requests.txt"), "a") as f:
            f.write(f"{status} {len(body)}\n")
        answer = b"[]" if status == 200 else b'{"error": "not now"}'
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
with open(os.path.join(folder, "port.tmp"), "w") as f:
    f.write(str(server.server_address[1]))
os.replace(os.path.join(folder, "port.tmp"), os.path.join(folder, "port"))
server.serve_forever()
