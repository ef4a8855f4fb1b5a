; A231600: Output of a finite state automaton generating the period doubling sequence, when fed with binary representation of n, read from right to left.
; 0,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,1,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,1,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,1,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,1,0,1,0,0,0,1,0,0

lpb $0
  add $1,1
  add $0,$1
  dif $0,2
lpe
mul $0,$1
mod $0,2
