; A278965: Numbers k such that k! = 2^a * 3^b * c, where a and b are 0 or powers of 2 and c is relatively prime to 6.
; 1,2,3,6,7,10,11,18,19

#offset 1

sub $0,1
mov $4,$0
sub $0,1
sub $0,1
sub $0,1
add $0,3
sub $0,1
mov $1,$0
lpb $1
  add $3,$2
  sub $1,2
  sub $2,$3
  dif $2,-1
  add $2,$2
  add $3,4
  add $3,4
lpe
mov $0,$3
div $0,2
add $0,3
mov $5,$4
mul $5,2
add $0,$5
sub $0,3
div $0,2
add $0,1
