#!/usr/bin/env bash
# The walk of docs/walkthrough.md: visits the pages a newcomer, a member, a voter and the admins see, at 1280 and
# 375 px, and saves screenshots to target/walk/<who>/. Start the application on a demo organization first:
#   java -jar target/iops-platform-0.1.0-SNAPSHOT.jar --iops.data-dir=/tmp/walk-data --iops.demo.members=20000 --server.port=8205
#   scripts/walk.sh 39001        # the embedded PostgreSQL port the log prints ("listening on localhost:NNNN")
# Environment: WALK_LOCALE (default en-GB; try es-ES, fr-FR, de-DE), WALK_CSS (a stylesheet served instead of the
# jar's, to try a CSS change without rebuilding). Needs Playwright 1.62.0 in ~/.m2 (any test build puts it there).
set -euo pipefail
cd "$(dirname "$0")/.."
PG=${1:?embedded PostgreSQL port}
LOCALE=${WALK_LOCALE:-en-GB}
M2=~/.m2/repository; PW=$M2/com/microsoft/playwright
CP=$PW/playwright/1.62.0/playwright-1.62.0.jar:$PW/driver/1.62.0/driver-1.62.0.jar:$PW/driver-bundle/1.62.0/driver-bundle-1.62.0.jar
CP=$CP:$(ls $M2/com/google/code/gson/gson/*/gson-*.jar | tail -1):$(ls $M2/org/opentest4j/opentest4j/*/opentest4j-*.jar | tail -1)
OUT=target/walk; mkdir -p $OUT/classes
javac -d $OUT/classes -cp "$CP" scripts/walk/Walk.java
q() { psql -h localhost -p "$PG" -U postgres -At -c "$1"; }
PA=$(q "select id from units where name = 'Porto Alegre'")
INTL=$(q "select id from units where level = 'INTERNATIONAL'")
POST=$(q "select id from blog_post where unit_id = '$PA' limit 1")
TOPIC=$(q "select id from forum_topic where unit_id = '$PA' limit 1")
CHAPTER_ADMIN=$(q "select m.email from unit_roles r join member m on m.id = r.member_id where r.unit_id = '$PA' and r.role = 'ADMIN' and r.ends_at is null limit 1")
cat > $OUT/visitor.txt <<LIST
home /
join /join
login /login
branches /branches
rules /rules
vision /pages/vision
chapter /units/$PA
search /search?q=water
blog /units/$PA/blog
forum /units/$PA/forum
post /posts/$POST
topic /topics/$TOPIC
convention /convention
missing /nothing-here
LIST
cat > $OUT/member.txt <<LIST
me /me
welcome /welcome
chapter /units/$PA
notifications /notifications
email-choices /me/notifications
new /new
write /posts/new?unit=$PA
topic /topics/$TOPIC
post /posts/$POST
translate /posts/$POST/translate
search /search?q=water
proposals /units/$PA/proposals
roles /roles
LIST
# the closed polls of the member's own units, then one closed poll of every type for the international admin
q "select 'closed-' || lower(type), '/polls/' || id from polls where state = 'CLOSED' and unit_id in (select unit_id from unit_memberships where member_id = (select id from member where email = 'member2@demo.iops.example'))" | tr '|' ' ' >> $OUT/member.txt
cat > $OUT/admin.txt <<LIST
admin /units/$PA/admin
members /units/$PA/admin/members
moderation /units/$PA/moderation
moderation-log /units/$PA/moderation/log
audit /units/$PA/audit
featured /units/$PA/blog/featured
new-poll /units/$PA/polls/new
proposal-rules /units/$PA/proposal-rules
forum-categories /units/$PA/forum/categories
international-admin /units/$INTL/admin
committee /units/$INTL/committee
procedures /units/$INTL/committee/procedures
convention /convention
preconditions /convention/preconditions
LIST
run() { java -cp "$CP:$OUT/classes" Walk "$OUT/$1" "$2" "$LOCALE" "$OUT/$3"; }
run visitor - visitor.txt
run member member2@demo.iops.example member.txt
run chapter-admin "$CHAPTER_ADMIN" admin.txt
cp $OUT/admin.txt $OUT/international-admin.txt
q "select distinct on (type) 'closed-' || lower(type), '/polls/' || id from polls where state = 'CLOSED' order by type" | tr '|' ' ' >> $OUT/international-admin.txt
echo "board /polls/$(q "select id from polls where state = 'CLOSED' and type = 'RANKED' limit 1")/board" >> $OUT/international-admin.txt
run international-admin admin@demo.iops.example international-admin.txt
# one open poll of each type, as a member on its roll
q "select distinct on (p.type) lower(p.type), p.id, m.email from polls p join poll_roll r on r.poll_id = p.id join member m on m.id = r.member_id where p.state = 'OPEN' and m.email like 'member%' order by p.type" |
while IFS='|' read -r type id email; do
    echo "open-$type /polls/$id" > "$OUT/vote-$type.txt"
    run "vote-$type" "$email" "vote-$type.txt"
done
