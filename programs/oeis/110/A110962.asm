; A110962: Fractalization of A025480, zero-based version of Kimberling's paraphrase of the binary number system.
; 0,0,0,0,1,0,0,0,2,1,1,0,3,0,0,0,4,2,2,1,5,1,1,0,6,3,3,0,7,0,0,0,8,4,4,2,9,2,2,1,10,5,5,1,11,1,1,0,12,6,6,3,13,3,3,0,14,7,7,0,15,0,0,0,16,8,8,4,17,4,4,2,18,9,9,2,19,2,2,1

lpb $0
  mov $1,$0
  sub $0,1
  gcd $1,4
  mul $0,$1
  div $0,2
lpe
div $0,4
