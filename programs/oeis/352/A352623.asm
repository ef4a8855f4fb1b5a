; A352623: a(n) is the maximum number k of queens that can be placed on an n X n chessboard such that, for each number j in 0..k-1, there is a queen attacking exactly j unoccupied squares.
; 0,1,0,5,8,11,14,18,22

lpb $0
  sub $0,1
  mul $0,$0
  sub $0,1
lpe
pow $0,3
nrt $0,2
