; A225370: Let f(S) = maximal m such that the string S contains two disjoint identical (scattered) substrings of length m ("twins"); a(n) = min f(S) over all binary strings of length n.
; 0,0,1,1,1,2,2,2,3,3,4,4,5,5,5,6,6,7,7,8

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,2
sub $0,-1
sub $0,1
add $0,4
lpb $0
  add $2,$3
  add $2,-1
  sub $0,1
  sub $3,$2
  add $2,2
  add $1,-1
lpe
add $1,-1
mov $0,$1
sub $0,1
div $0,3
add $0,-1
sub $0,-1
add $0,$1
sub $0,-1
sub $0,1
lpb $3
  sub $3,1
  add $0,1
lpe
div $0,-1
add $0,1
sub $0,5
div $0,-3
sub $0,2
sub $0,-1
div $0,-1
