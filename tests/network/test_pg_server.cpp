// SPDX-License-Identifier: GPL-3.0-or-later
#include "pg_support.h"

using namespace passages::test;

TEST_CASE("The fixture's server is a real PostgreSQL 15 reached through QPSQL", "[network]")
{
    PgAdmin admin;
    const int version = admin.value(QStringLiteral("SHOW server_version_num")).toInt();
    CHECK(version / 10000 == 15);
    PgDatabase scratch;
    PgAdmin inside(scratch.name());
    inside.exec(QStringLiteral("CREATE TABLE t (n integer)"));
    inside.exec(QStringLiteral("INSERT INTO t VALUES (1), (2)"));
    CHECK(inside.value(QStringLiteral("SELECT SUM(n) FROM t")).toInt() == 3);
}
