// The `cluster` profile's replica set: run once by `mongo-init` against mongo1; running it again changes nothing.
try {
  rs.status();
  print("replica set svod already initiated");
} catch (notYet) {
  rs.initiate({
    _id: "svod",
    members: [
      { _id: 0, host: "mongo1:27017", priority: 2 },
      { _id: 1, host: "mongo2:27017", priority: 1 },
      { _id: 2, host: "mongo3:27017", priority: 1 }
    ]
  });
  print("replica set svod initiated");
}
