; A159222: 1/4 the number of n X n arrays of squares of integers with every 2X2 subblock summing to 21.
; 7,20,45,95,193,389,777,1553,3097,6185,12345,24665,49273,98489,196857,393593,786937,1573625,3146745,6292985,12584953,25168889,50335737,100669433,201334777,402665465

#offset 2

sub $0,2
lpb $0
  sub $1,13
  min $2,$0
  add $1,$2
  add $2,1
  sub $0,1
  mul $1,2
lpe
mov $0,$1
div $0,-2
add $0,7
