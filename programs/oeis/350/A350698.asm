; A350698: Consider the positive squares summing to n as obtained by the greedy algorithm; a(n) is the least of these squares.
; 1,1,1,4,1,1,1,4,9,1,1,1,4,1,1,16,1,1,1,4,1,1,1,4,25,1,1,1,4,1,1,1,4,9,1,36,1,1,1,4,1,1,1,4,9,1,1,1,49,1,1,1,4,1,1,1,4,9,1,1,1,4,1,64,1,1,1,4,1,1,1,4,9,1,1,1,4,1,1,16

#offset 1

mov $1,$0
lpb $1
  lpb $1
    add $0,2
    sub $1,$0
  lpe
  sub $1,1
  mov $0,1
lpe
add $0,$1
