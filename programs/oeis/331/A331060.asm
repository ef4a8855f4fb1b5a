; A331060: Coordination sequence for trivalent vertex in 1-skeleton of deltoidal hexecontahedron.
; 1,3,6,9,12,15,12,3,1

lpb $0
  sub $0,8
  pow $0,2
lpe
mul $0,9
trn $0,1
div $0,3
add $0,1
