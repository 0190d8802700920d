#pragma once
// One assessment edited in several browser tabs (or devices): every field
// carries when it last changed, and merging two copies keeps, per field, the
// newer change. Nothing a user typed is lost to a tab that was open for days.
//
// Fields and their keys (ids are [a-z0-9_], so '/' separates safely):
//   profile/<profile id>     the chosen option
//   answers/<question id>    0..4, "na" or "unknown"
//   notes/<question id>      the note
//   targets/<dimension id>   0..4
//   checklist/choice         "startup" or "enterprise" (absent = auto)
//   items/<item id>/done     ticked (absent = not ticked)
//   items/<item id>/note     the item's note
//   items/<item id>/owner    the item's owner (role id or free text)
//   items/<item id>/start    pinned start date (ISO), items/<item id>/due the due date
//   plan/start, plan/capacity  the plan's settings
//   use_cases/<id>/<field>   name, value (1..5; absent = 3), sensitivity, beneficiary,
//                            goal, need; a use case exists while it has a name field:
//                            clearing the name removes it, setting it adds one at the
//                            end, and other fields of a removed one are ignored
//                            (merge_newest applies names first)
//   meta/title, meta/respondent
// Session::changed maps a key to the time (ms since the epoch, UTC) of its last
// change; a key with a time but no value is a clearing ("deleted at"). Fields
// without a time count as changed at time 0 (older than any edit).
//
// merge_newest(a, b): for every key of either copy the field of the copy whose
// time is newer; on equal times the larger field value (absent is smallest), so
// the merge is commutative, associative and idempotent. `changed` of the result
// is the per-key maximum. Model id and version come from `a`; meta.updated is
// the later of the two.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/session.h"

namespace caf {

// Every field the session holds, as key -> canonical text (see above).
std::map<std::string, std::string> session_fields(const Session& s);

// Sets (value) or clears (nullopt) the field `key`; false if the key is not a
// field key. Does not touch `changed`.
bool set_session_field(Session& s, const std::string& key, const std::optional<std::string>& value);

// Records that `key` changed at `when_ms`.
inline void stamp(Session& s, const std::string& key, std::int64_t when_ms) { s.changed[key] = when_ms; }

// Records that every field of `before` and of `after` (and every key `before`
// had a time for) changed at `when_ms`: `after` replaced `before` wholesale
// (start over, an import, a share link, a restore), so older copies elsewhere
// cannot bring back what it removed.
void stamp_replacement(Session& after, const Session& before, std::int64_t when_ms);

Session merge_newest(const Session& a, const Session& b);

// The keys whose field value differs between `a` and `b` (absent counts).
std::vector<std::string> differing_fields(const Session& a, const Session& b);

// Field keys of the forms above: answers/<id>, items/<id>/done, …
bool is_field_key(const std::string& key);

}  // namespace caf
