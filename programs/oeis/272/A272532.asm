; A272532: Single bit representation of the sum of two sinusoids with periods 2 and 2*sqrt(2).
; 1,0,1,1,0,1,1,0,1,0,0,1,0,0,1,0,1,1,0,1,1,0,1,1,0,1,0,0,1,0,0,1,0,1,1,0,1,1,0,1,1,0,1,0,0,1,0,0,1,0,1,1,0,1,1,0,1,0,0,1,0,0,1,0,0,1,0,1,1,0,1,1,0,1,0,0,1,0,0,1

#offset 1

sub $0,1
sub $0,1
add $0,10
mov $1,$0
lpb $1
  add $2,$2
  sub $1,1
  add $2,$0
  nrt $2,2
  add $0,$1
lpe
mov $0,$2
mod $0,2
