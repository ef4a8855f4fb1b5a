; A333760: Number of self-avoiding closed paths in the 4 X n grid graph which pass through all vertices on four (left, right, upper, lower) sides of the graph.
; Formula: a(n) = e(max(n-1,0)), b(n) = b(n-1)-d(n-1)+(c(n-1)-e(n-1)-e(n-1)), c(n) = c(n-1)-e(n-1)-e(n-1), d(n) = truncate(d(n-1)/-1)+(b(n-1)-d(n-1)+(c(n-1)-e(n-1)-e(n-1))), e(n) = e(n-1)-(truncate(d(n-1)/-1)+(b(n-1)-d(n-1)+(c(n-1)-e(n-1)-e(n-1)))), b(0) = 0, c(0) = -1, d(0) = 0, e(0) = 0
; 1,3,11,36,122,408,1371,4599,15437,51804,173860,583476,1958173,6571695,22054863,74016936,248403622,833651844,2797766831,9389410251,31511212505,105752809368,354910389192,1191092559048,3997351239929,13415260479675,45022116630931

#offset 2

sub $0,1
mov $1,-1
lpb $0
  sub $2,$3
  sub $1,$4
  div $3,-1
  sub $0,1
  sub $1,$4
  add $2,$1
  add $3,$2
  sub $4,$3
lpe
mov $0,$4
