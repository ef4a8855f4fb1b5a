; A120529: First differences of successive generalized meta-Fibonacci numbers A120507.
; 1,1,1,1,0,1,1,1,1,0,1,1,1,1,0,1,1,1,1,0,0,1,1,1,1,0,1,1,1,1,0,1,1,1,1,0,1,1,1,1,0,0,1,1,1,1,0,1,1,1,1,0,1,1,1,1,0,1,1,1,1,0,0,1,1,1,1,0,1,1,1,1,0,1,1

#offset 1

lpb $0
  max $0,2
  mov $1,1
  lpb $0
    sub $0,$1
    mul $1,4
  lpe
lpe
