; A319288: a(n) is the smallest k such that A319284(n, k) >= A319284(n, j) for all 0 <= j <= n.
; 0,0,1,1,2,3,4,5,5,6,7,8,9,10,11,11,12,13,14,15

sub $0,1
max $0,0
sub $0,1
add $0,1
sub $0,1
add $0,1
add $0,1
mov $1,$0
lpb $1
  sub $1,1
  sub $2,2
  add $0,-1
  sub $1,1
  add $1,$2
  add $1,1
lpe
add $0,1
sub $0,2
add $0,1
sub $0,1
