; A078832: Smallest prime contained as binary substring in binary representation of n>1, a(1)=1.
; 1,2,3,2,2,2,3,2,2,2,2,2,2,2,3,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2

#offset 1

sub $0,1
mov $3,$0
lpb $3
  sub $3,1
  div $3,2
  gcd $0,$3
lpe
add $0,1
