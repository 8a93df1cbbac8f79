#pragma once
// Solomon's VRPTW text format (1987; also Gehring & Homberger's instances):
//
//   C101
//
//   VEHICLE
//   NUMBER     CAPACITY
//     25         200
//
//   CUSTOMER
//   CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME
//       0      40         50          0          0       1236          0
//       1      45         68         10        912        967         90
//
// The first customer row is the depot. Blank lines anywhere are ignored.
// A malformed file is an error naming its line (Error::field is the line
// number).

#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"

namespace siaga::io {

struct SolomonCustomer {
  int number = 0;
  double x = 0;
  double y = 0;
  double demand = 0;
  double ready = 0;    // earliest start of service
  double due = 0;      // latest start of service (the depot's: end of the day)
  double service = 0;  // service time
};

struct SolomonInstance {
  std::string name;
  int vehicles = 0;
  double capacity = 0;
  std::vector<SolomonCustomer> customers;  // [0] is the depot
};

Result<SolomonInstance> parse_solomon(std::string_view text);

}  // namespace siaga::io
