; A147758: Numbers whose binary representation is a palindrome formed from the reflected decimal expansion of the concatenation of 1, 0 and infinite digits 1.
; 1,3,5,9,21,45,93,189,381,765,1533,3069,6141,12285,24573,49149,98301,196605,393213,786429,1572861,3145725,6291453,12582909,25165821,50331645,100663293,201326589,402653181,805306365,1610612733,3221225469

#offset 1

sub $0,1
sub $0,1
sub $0,-1
mov $4,$0
lpb $4
  add $1,2
  sub $4,1
  mul $2,-3
  add $1,2
  add $2,$1
  add $1,$2
  mov $2,1
  add $1,6
  add $1,$2
lpe
mov $0,$1
sub $0,48
div $0,18
add $0,4
sub $0,2
add $0,1
sub $0,1
mul $0,2
add $0,1
