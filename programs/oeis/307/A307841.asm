; A307841: Minimum number of nontrivial Latin subrectangles in a diagonal Latin square of order n.
; 0,0,0,12,0,51,0,36

#offset 1

sub $0,1
mov $1,-2
mul $0,$0
lpb $0
  sub $0,5
  sub $1,2
  sub $2,$3
  mov $3,$1
  gcd $3,$0
  div $3,$1
  mul $3,$1
  add $1,1
lpe
sub $2,$3
mov $0,$2
mul $0,-3
