// The academy's records: gradebook, progress and exports. (Filled in by the academy work, issue 6.)
#pragma once
