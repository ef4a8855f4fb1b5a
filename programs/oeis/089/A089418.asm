; A089418: Number of fixed points in range [A014137(n-1)..A014138(n-1)] of permutation A082333/A082334.
; 1,1,0,1,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

sub $0,2
sub $0,1
add $0,1
add $0,1
lpb $0
  sub $0,1
  sub $3,1
  add $2,$3
  sub $3,-1
  sub $3,-1
  pow $0,$3
  sub $3,-1
lpe
mov $0,$2
add $0,1
