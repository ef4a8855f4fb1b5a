; A316824: A second example of a word that is uniform morphic and recurrent, but neither pure morphic nor primitive morphic.
; Formula: a(n) = lodamod(truncate(A218008(3*floor(n/3))/3),2)
; 0,0,0,1,1,1,0,0,0,1,1,1,1,1,1,1,1,1,0,0,0,1,1,1,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,1,1,1,0,0,0,1,1,1,1,1,1,1,1,1,0,0,0,1,1,1,0,0

div $0,3
mul $0,3
seq $0,218008
div $0,3
mod $0,2
