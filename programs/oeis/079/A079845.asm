; A079845: Powers of 2 which differ at all digits from the previous term.
; 1,2,4,8,16,32,64,128,4096

#offset 1

mov $1,$0
sub $0,1
lpb $1
  max $0,7
  mul $0,2
  dif $0,14
  mul $0,14
  sub $1,1
lpe
div $0,14
