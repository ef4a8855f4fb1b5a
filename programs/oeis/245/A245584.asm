; A245584: Let f(m) put the leftmost digit of the positive integer m at its end; a(n) is the sequence of all positive integers m with f^2(m)=f(m^2).
; 1,2,3,12,122,1222,12222,122222,1222222,12222222,122222222

#offset 1

sub $0,2
mov $1,$0
mov $2,10
lpb $1
  sub $1,2
  lpb $1
    sub $1,1
    add $2,2
    mul $2,10
  lpe
  mov $0,$2
lpe
add $0,2
