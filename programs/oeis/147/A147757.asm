; A147757: Palindromes formed from the reflected decimal expansion of the concatenation of 1, 0 and infinite digits 1.
; 1,11,101,1001,10101,101101,1011101,10111101,101111101,1011111101,10111111101,101111111101,1011111111101,10111111111101,101111111111101,1011111111111101,10111111111111101,101111111111111101

#offset 1

sub $0,1
mov $1,$0
mov $2,10
lpb $1
  sub $1,2
  mov $0,0
  lpb $1
    sub $1,1
    add $2,$0
    mul $2,10
    mov $0,1
  lpe
  mov $0,$2
lpe
mul $0,10
add $0,1
