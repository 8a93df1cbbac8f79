#pragma once
// Precompiled for siaga_http: the heavy Boost headers its files share.
#include <boost/json.hpp>
