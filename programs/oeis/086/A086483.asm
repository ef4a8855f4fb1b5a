; A086483: Bit that is two places to left of least significant 1-bit in the binary expansion of n.
; 0,0,0,0,0,1,0,1,0,0,1,0,0,1,1,1,0,0,0,0,1,1,0,1,0,0,1,0,1,1,1,1,0,0,0,0,0,1,0,1,1,0,1,0,0,1,1,1,0,0,0,0,1,1,0,1,1,0,1,0,1,1,1,1,0,0,0,0,0,1,0,1,0,0,1,0,0,1,1,1

lpb $0
  dif $0,2
lpe
div $0,4
mod $0,2
