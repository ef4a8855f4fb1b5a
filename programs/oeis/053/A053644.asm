; A053644: Most significant bit of n, msb(n); largest power of 2 less than or equal to n; write n in binary and change all but the first digit to zero.
; 0,1,2,2,4,4,4,4,8,8,8,8,8,8,8,8,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,64,64,64,64,64,64,64,64,64,64,64,64,64,64,64,64

sub $0,1
sub $0,1
add $0,2
add $0,$0
sub $1,4
lpb $0
  sub $0,1
  add $2,$1
  div $0,2
  mov $1,$2
lpe
mov $0,$2
div $0,-4
