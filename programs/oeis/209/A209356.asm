; A209356: The function g(n), the inverse of f(k) the shortest length of a binary linear intersecting code.
; 2,2,2,3,3,3,4,4,4,4,5,5,6

#offset 3

sub $0,3
sub $0,1
sub $0,1
sub $0,4
mov $3,$0
sub $3,4
lpb $3
  sub $3,1
  add $0,$3
lpe
mul $0,201
div $0,201
mul $0,4
sub $0,-56
div $0,14
sub $0,-1
sub $0,-1
add $0,1
sub $0,5
add $0,2
